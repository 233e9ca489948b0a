"""Generate given_names.txt: common given (first) names and their usual short
forms, one a line. The extractor uses it as a cue when the statistical NER is
unsure whether a capitalised span is a person ("Troy Toman", "Niki Acosta") or
an organisation or product: a span whose first token is a known given name
leans Person. Hand-curated from general knowledge, grouped by origin below.

Because a false cue is worse than a missing one, names that are also frequent
words in technology writing (product and project names, release code names,
cities, months, ordinary English words) are left out: the explicit EXCLUDE
table below, plus every one-word name in the Software and Place gazetteers
beside this script (read at run time, so the lists stay consistent when those
change).

Accented names are kept as written and their ASCII spelling is added
(Jürgen -> Jurgen, Łukasz -> Lukasz).

Run: /work/main/.venv/bin/python data/gazetteers/make_given_names.py [-v]
(-v lists the names dropped by the exclusions)
"""

from __future__ import annotations

import sys
import unicodedata

from _gazlib import HERE

OUT = "given_names.txt"
# gazetteers whose one-word names must never be given-name cues
CROSS_CHECK = ("software_*.tsv", "places.tsv")

# Names are separated by whitespace; '#' starts a comment to end of line.
GROUPS: dict[str, str] = {}

GROUPS["English/US, men"] = """
Aaron Abel Abraham Adam Adrian Aidan Aiden Alan Albert Alden Alec Alexander
Alfred Allan Allen Alvin Ambrose Andrew Angus Anthony Archibald Archie Arnold
Arthur Asher Ashton Aubrey Barry Barrett Beau Benjamin Bennett Bernard Bert
Bertram Blake Bradford Bradley Brady Brandon Braxton Brendan Brent Brett Brian
Brock Brody Bruce Bryan Bryant Bryce Bryson Byron Caleb Calvin Cameron Carl
Carlton Carson Carter Casey Cecil Cedric Chad Charles Chester Christian
Christopher Clarence Clark Claude Clayton Clifford Clifton Clint Clinton Clyde
Cody Colby Cole Colin Collin Colton Connor Conrad Corbin Cornelius Corey Cory
Craig Curtis Cyril Dale Damian Damon Daniel Darius Darnell Darrell Darren
Darryl Darwin David Davis Dean Dennis Derek Derrick Desmond Devin Devon Dexter
Dominic Donald Donovan Douglas Drake Duane Dustin Dwayne Dwight Dylan Earl
Easton Edgar Edmund Edward Edwin Eli Elias Elijah Elliot Elliott Ellis Elmer
Elton Elvis Emerson Emmett Eric Ernest Ethan Eugene Evan Everett Ezekiel Ezra
Felix Fletcher Floyd Forrest Francis Frank Franklin Frederick Gabriel Garrett
Garry Gary Gavin Gene Geoffrey George Gerald Gilbert Glen Glenn Gordon Graham
Grayson Gregory Griffin Harold Harrison Harry Harvey Hayden Henry Herbert
Herman Homer Horace Howard Hugh Ian Irving Isaac Isaiah Ivan Jack Jacob Jake
James Jamie Jared Jarrod Jason Jasper Jay Jayden Jeffrey Jeremiah Jeremy
Jerome Jerry Jesse Joel John Johnny Jon Jonah Jonathan Jordan Joseph Joshua
Josiah Judah Julian Justin Kaden Karl Keith Kelly Kelvin Kendall Kendrick
Kenneth Kent Kevin Kirk Kurt Kyle Landon Larry Lawrence Lee Leland Leo Leon
Leonard Leroy Leslie Levi Lewis Liam Lionel Lloyd Logan Lonnie Louis Lowell
Lucas Luke Lyle Lyndon Malcolm Marcus Marion Marshall Martin Marvin Mason
Matthew Maurice Maxwell Melvin Micah Michael Milton Mitchell Morgan Morris
Nathan Nathaniel Neal Neil Nelson Nicholas Noah Noel Nolan Norman Oliver Orville
Oscar Oswald Owen Parker Patrick Paul Percy Perry Peter Peyton Philip Phillip
Porter Preston Quentin Quincy Quinn Ralph Randall Randolph Raymond Reginald
Reid Rhett Richard Riley Robert Roderick Rodney Roger Roland Ronald Ross Roy
Rudolph Rufus Russell Ryan Ryder Samuel Scott Sean Sebastian Seth Shane Shaun
Shawn Sheldon Sherman Sidney Silas Simon Solomon Spencer Stanley Stephen
Sterling Steven Stewart Stuart Sylvester Taylor Terrence Terry Thaddeus
Theodore Thomas Timothy Tobias Todd Trent Trenton Trevor Tristan Troy Tucker
Tyler Tyrone Vaughn Vernon Victor Vincent Virgil Wallace Walter Warren Wayne
Wendell Wesley Weston Wilbur Wilfred Willard William Willis Winston Wyatt
Xavier Zachary Zane Barnaby Boyd Brice Clay Clive Crispin Denny Dewey Emory
Giles Graeme Heath Ira Jerald Lamar Lance Laurence Lorne Luther Marlon Mathew
Max Miles Monte Murray Myles Neville Nico Niko Nigel Otis Pierce Piers Quinton
Randal Reed Reuben Rex Rodger Royce Rupert Sonny Stephan Vance Vic Wade
"""

GROUPS["English/US, women"] = """
Abigail Addison Adelaide Adele Adeline Adrienne Agatha Agnes Aileen Alana
Alexandra Alexis Alice Alicia Alison Allison Alma Alyssa Amanda Amelia Amy
Ana Andrea Angela Angelica Angelina Anita Ann Anna Annabel Anne Annette Annie
Antoinette Arianna Arlene Ashley Audrey Ava Avery Barbara Beatrice Belinda
Bernadette Bernice Bethany Betty Beverly Bianca Bonnie Brenda Brianna Bridget
Brittany Brooke Caitlin Camille Candace Cara Carla Carly Carmen Carol Caroline
Carolyn Carrie Cassidy Catherine Cecilia Celeste Celia Charlene Charlotte
Cheryl Chloe Christina Christine Claire Clara Claudia Colleen Connie
Constance Cora Courtney Cynthia Daisy Dana Danielle Daphne Darlene Deanna
Deborah Debra Delia Delilah Denise Diana Diane Dianne Dolores Donna Doreen
Doris Dorothy Edith Edna Eileen Elaine Eleanor Elena Elise Eliza Elizabeth
Ella Ellen Ellie Eloise Elsie Emilia Emily Emma Erica Erika Erin Esther Ethel
Eunice Eva Evelyn Faye Felicia Fiona Frances Francesca Francine Gabriella
Gabrielle Gail Gemma Genevieve Geraldine Gertrude Gianna Gillian Gina Gladys
Glenda Gloria Grace Greta Gretchen Gwen Gwendolyn Hailey Haley Hannah Harper
Harriet Hayley Hazel Heather Heidi Helen Helena Henrietta Hilary Hillary
Holly Ida Imogen Ingrid Irene Isabel Isabella Isabelle Jacqueline Jane Janelle
Janet Janice Janine Jeanette Jeanne Jenna Jennifer Jessica Jill Joan Joanna
Joanne Jocelyn Jodi Jody Josephine Joyce Judith Julianne Julie Juliet Karen
Katelyn Katherine Kathleen Kathryn Katrina Kayla Kaylee Kelsey Kendra Kerry
Kimberly Kirsten Krista Kristen Kristin Kristina Kristy Laura Lauren Laurie
Layla Leah Leigh Lena Leona Leslie Lillian Lily Linda Lindsay Lindsey Lisa
Lois Loretta Lori Lorna Louise Lucille Lucy Lydia Lynette Lynn Mabel Madeline
Madelyn Maggie Makayla Marcia Margaret Marian Marie Marilyn Marjorie Marlene
Martha Mary Maureen Megan Melanie Melinda Melissa Meredith Michelle Mildred
Millie Miranda Miriam Molly Monica Muriel Myra Nadine Nancy Naomi Natalie
Natasha Nicole Nina Nora Norma Olive Olivia Paige Pamela Patricia Paula
Pauline Penelope Phoebe Phyllis Priscilla Rachel Rebecca Regina Renee Rhonda
Rita Roberta Robin Rosa Rosalind Rose Rosemary Roxanne Ruth Sabrina Sadie
Sally Samantha Sandra Sara Sarah Scarlett Shannon Sharon Sheila Shelby
Shelley Sherry Shirley Sofia Sonia Sophia Sophie Stacey Stacy Stella
Stephanie Susan Suzanne Sylvia Tamara Tammy Tanya Tara Teresa Terri Tessa
Theresa Tiffany Tina Tracey Tracy Valerie Vanessa Vera Veronica Vivian
Vivienne Wanda Wendy Whitney Wilma Winifred Yolanda Yvonne Zoe Zoey Amber Aria
Dawn Deana Deanna Jillian Kara Keri Kerri Kristi Lacey Lana Lara Laurel Leanne
Lesley Luna Mallory Marcy Marissa Marsha Maxine Maya Mia Norah Rachael Ramona
Rochelle Sasha Shana Sheri Tabitha Tania Tasha Tonya Trina Zara
"""

GROUPS["English/US, newer and African-American names"] = """
Aaliyah Brayden Brielle Cayden Deshawn DeShawn Dante Demetrius Destiny
Diamond Ebony Imani Jalen Jamal Jaxon Jayla Jermaine Kayden Keisha Kendrick
Keshawn Khalil Kiara Lakisha Latasha Latisha Latoya LaToya Malik Marquis
Nia Paisley Reggie Shanice Shaniqua Tamika Tanisha Terrell Trevon Tyrese
Tyrell Tyson Jaylen Aubree Kinsley Everly Brynn Mckenzie McKenzie
Mackenzie Kennedy Madeleine Makenna Kylie Kyla Hadley Hallie Harlow
"""

GROUPS["Irish, Scottish, Welsh"] = """
Aisling Alasdair Alastair Alistair Aoife Bronwen Bronwyn Caoimhe Callum
Catriona Ciara Ciaran Cillian Clodagh Conor Cormac Darragh Declan Deirdre
Dermot Donal Duncan Dylan Eamon Eamonn Eimear Eoin Euan Ewan Fergus Finbar
Finlay Finn Fionn Fionnuala Gareth Geraint Glyn Grainne Gwyneth Hamish Iain
Ieuan Iwan Kieran Kirsty Lachlan Maeve Mairead Megan Mhairi Morag Murdo
Niall Niamh Nuala Oisin Orla Padraig Rhiannon Rhys Roisin Ronan Rory Saoirse
Seamus Seán Shauna Sinead Siobhan Sorcha Tadhg Una Dafydd Emrys Owain Sian
"""

GROUPS["English nicknames and short forms"] = """
Abby Abe Al Alex Ali Allie Ally Andi Andie Andy Annie Archie Babs Barb Barney
Becca Becky Ben Benny Bernie Bert Bertie Beth Betsy Bev Bob Bobbi Bobbie Bobby
Brad Cal Cam Cassie Cathy Charlie Chris Chrissy Chuck Cindy Cliff Connie Dan
Danny Dave Davey Deb Debbie Dick Dom Don Donnie Dot Dottie Doug Drew Ed Eddie
Eddy Ellie Fran Frankie Fred Freddie Freddy Gabby Gabe Geoff Gerry Ginny Greg
Gregg Gus Hal Hank Harry Herb Jackie Jeff Jen Jenn Jenny Jess Jessie Jim Jimmy
Jo Joe Joey Johnny Jon Josh Judy Jules Kat Kate Kathy Katie Kay Ken Kenny Kev
Kim Kris Kristy Larry Len Lenny Les Lexi Libby Liz Lizzie Lou Lulu Manny Marty
Matt Meg Mel Mick Mickey Mike Mikey Mitch Mo Molly Nan Nat Nate Ned Nell Nellie
Nick Nicki Nicky Niki Nikki Ollie Pam Pat Patsy Patti Patty Peg Peggy Pete Phil
Polly Ralphie Randy Rich Richie Rick Ricky Rob Robbie Rod Ron Ronnie Rosie Russ
Sal Sam Sammy Sandy Shel Sid Stan Steph Steve Stevie Stu Sue Susie Suzy Syd
Tad Ted Teddy Terri Tess Theo Tim Timmy Tina Toby Tom Tommy Toni Tony Tori
Trish Trudy Val Vicki Vicky Vince Vinny Walt Wally Wes Woody Zach Zack Zac
Zeke Benji Bert Charley Jamey Jodie Kathie Kitty Lexie Mandy Maddie Mattie
Millie Missy Nancie Ozzie Reggie Sammie Stef Terry Tilly Willy Ziggy Jeannie
"""

GROUPS["Spanish and Catalan"] = """
Adolfo Adrián Agustín Aitor Alba Alberto Alejandra Alejandro Alfonso Alfredo
Alicia Álvaro Amparo Andrés Ángel Ángela Anselmo Antonia Antonio Araceli
Armando Arnau Arturo Asunción Aurelio Beatriz Begoña Benito Bernardo Blanca
Borja Carles Carlos Carmelo Catalina Celia César Concepción Consuelo Cristian
Cristina Cristóbal Dolores Domingo Eduardo Elvira Emilio Encarnación Enric
Enrique Ernesto Esperanza Esteban Estefanía Eugenia Eugenio Eusebio Fabián
Federico Felipe Fermín Fernanda Fernando Ferran Francisco Gerard Gerardo
Gilberto Gonzalo Graciela Gregorio Guadalupe Guillermo Gustavo Héctor Hernán
Horacio Humberto Ignacio Iker Inés Inmaculada Irene Isidro Ismael Iván Jaime
Jaume Javier Jesús Joan Joaquín Jordi Jorge José Josefa Josefina Josep Juan
Juana Julián Julieta Julio Laia Leandro Leonardo Leticia Lidia Lluís Lorena
Lorenzo Lourdes Lucía Luciano Luis Luisa Luz Macarena Magdalena Manuel
Manuela Marcela Marcelo Marco Marcos Margarita María Mariana Mariano Marina
Mario Marisol Marta Martín Mateo Matías Mauricio Maximiliano Mercè Mireia
Miguel Milagros Mónica Montserrat Montse Nerea Nicolás Noelia Nuria Núria
Octavio Olga Oriol Osvaldo Pablo Paloma Pascual Patricio Pau Pedro Pere Pilar
Quim Rafael Ramiro Ramón Raquel Raúl Remedios Reyes Ricardo Roberto Rocío
Rodolfo Rodrigo Rogelio Rolando Rosario Roser Rubén Salvador Samuel Santiago
Sergi Sergio Silvia Sofía Soledad Susana Teodoro Tomás Ulises Valentín
Valeria Verónica Vicente Víctor Xavi Xavier Ximena Yolanda Zoe
"""

GROUPS["Portuguese and Brazilian"] = """
Adriano Afonso Alexandre Aline André Antônio Artur Beatriz Bernardo Bruna
Bruno Caio Camila Carla Catarina Cauã Cecília Cláudia Cláudio Conceição
Cristiane Daniela Davi Débora Diogo Duarte Edson Eduarda Elaine Emanuel
Fábio Fabiana Fabrício Fátima Felipe Fernanda Flávia Flávio Gabriela Gonçalo
Graça Guilherme Gustavo Heitor Helena Henrique Igor Isabela Jéssica Joana
João Juliana Júlio Larissa Leandro Leonardo Leonor Letícia Lívia Luana
Lucas Luciana Luiz Manuela Marcelo Márcia Márcio Marcos Mariana Matheus
Matilde Maurício Miguel Murilo Natália Nuno Otávio Patrícia Paulo Pedro
Priscila Rafael Rafaela Raquel Renata Renato Ricardo Rita Rodrigo Rogério
Rui Samuel Sandro Sérgio Simone Tatiana Thais Thaís Thiago Tiago Vinícius
Vitor Vitória Wellington Wesley
"""

GROUPS["French"] = """
Adèle Adrien Agathe Alain Albane Alexandre Alexis Alphonse Amandine Amaury
Amélie Anaïs André Annabelle Annick Anne-Marie Antoine Armand Arnaud Aude
Aurélie Aurélien Axelle Baptiste Bastien Benoît Bernadette Bertrand Blandine
Brigitte Bruno Camille Capucine Cécile Cédric Céline Chantal Christelle
Christophe Clémence Clément Clotilde Colette Coralie Corentin Corinne Cyril
Coraline Cyrille Damien Delphine Denis Didier Dominique Édouard Élise Éloïse Élodie
Émile Émilie Emmanuel Emmanuelle Éric Estelle Étienne Fabien Fabienne
Fabrice Félix Florent Florian Francis François Françoise Frédéric
Frédérique Gaël Gaëlle Gaëtan Gaspard Gauthier Geneviève Geoffroy Georges
Gérard Ghislaine Gilles Grégoire Grégory Guillaume Gustave Hélène Henri Hervé
Hugues Inès Isabelle Jacques Jean Jean-Baptiste Jean-Claude Jean-François
Jean-Louis Jean-Luc Jean-Marc Jean-Marie Jean-Michel Jean-Paul Jean-Philippe
Jean-Pierre Jean-Yves Jeanne Jérémie Jérémy Jérôme Joël Joëlle Josiane
Josette Julien Juliette Justine Laetitia Laure Laurence Laurent Léa Léna
Léo Léon Léonie Loïc Louis Lucie Lucien Ludovic Madeleine Manon Marc Marcel
Margaux Margot Marianne Marie Marie-Claire Marie-France Marie-Pierre
Marion Marthe Martine Mathias Mathieu Mathilde Mathis Matthieu Maud Maxime
Mélanie Michel Michèle Micheline Mireille Monique Morgane Nadège Nathalie
Nicolas Noémie Noël Océane Odette Odile Olivier Pascal Pascale Patrice
Perrine Philippe Pierre Pierre-Yves Quentin Raphaël Raphaëlle Régis Rémi
Rémy Renaud René Romain Roselyne Sabine Sacha Sandrine Sébastien Ségolène
Serge Séverine Simone Solène Stéphane Stéphanie Suzanne Sylvain Sylvie
Thérèse Thibault Thibaut Thierry Timothée Valentin Valérie Véronique Vincent
Virginie Xavier Yann Yannick Yves Yvette Zoé
"""

GROUPS["German, Austrian, Swiss"] = """
Achim Andreas Angelika Anja Anke Annegret Annette Anton Antje Armin Arne
Axel Bärbel Bastian Beate Benedikt Bernd Bernhard Bettina Birgit Björn Boris
Burkhard Christa Christiane Christoph Claus Clemens Cornelia Dagmar Detlef
Dieter Dietmar Dirk Dominik Eberhard Egon Elfriede Elke Emil Erich Erika Ernst
Erwin Fabian Falk Florian Franz Franziska Frauke Friedrich Fritz Gabriele
Georg Gerd Gerhard Gertrud Gisela Gottfried Gregor Gudrun Günter Günther
Hannelore Hannes Hans Hans-Jürgen Hans-Peter Harald Hartmut Heike Heiko
Heiner Heinrich Heinz Helga Helmut Hendrik Hermann Hildegard Holger Horst
Ilse Inge Ingeborg Ingo Irmgard Jana Jens Joachim Jochen Johann Johanna
Johannes Jonas Jörg Josef Julia Jürgen Jutta Kai Karin Karl Karl-Heinz Karsten
Kaspar Katharina Katja Kerstin Klaus Konrad Kurt Lars Leni Liesel Lothar Lukas
Lutz Malte Manfred Manuela Margarete Margit Markus Marlies Martina Mathias
Matthias Maximilian Monika Moritz Niklas Nils Norbert Olaf Oskar Otto Petra
Philipp Rainer Ralf Regine Reiner Reinhard Renate Rolf Rudi Rudolf Rüdiger
Sabine Sascha Siegfried Silke Sonja Stefan Stefanie Steffen Steffi Susanne
Svenja Tanja Thilo Thorsten Till Tilo Tobias Torsten Udo Ulf Ulla Ulrich
Ulrike Ursula Ute Uwe Verena Volker Waltraud Werner Wiebke Wilhelm Wolfgang
Wolfram
"""

GROUPS["Dutch and Flemish"] = """
Anouk Arjan Arjen Bart Bas Bram Bregje Daan Dennis Dick Dirk Eelco Els Erik
Esther Femke Frits Geert Gerben Gijs Hanneke Henk Hendrik Hugo Ilse Inge Jaap
Jan Janneke Jasper Jelle Jeroen Joost Joris Kees Koen Lieke Lieven Lotte Luuk
Maarten Marieke Marijke Marijn Martijn Mees Mieke Niels Noor Pieter Pim
Remco Renske Rik Roel Ruben Rutger Ruud Sander Sanne Saskia Sjoerd Stijn Teun
Thijs Tijs Tim Twan Wiebe Willem Wim Wouter Yvonne
"""

GROUPS["Nordic and Finnish"] = """
Aino Agneta Anders Anette Anneli Annika Antti Arvid Astrid Bengt Birger
Birgitta Bjarne Bjørn Britt Camilla Cecilie Dagny Ebba Eero Eija Einar Eirik
Elin Elsa Erling Esa Espen Frederik Fredrik Freja Frida Gunilla Gunnar Gustaf
Gustav Håkon Halvard Hanna Hedda Heikki Helmi Henrik Hilde Hilma Ilkka Inga
Inger Ingvar Ivar Jakob Jari Jesper Johan Jørgen Juha Juho Jukka Kaisa Kalle
Kari Karoliina Katarina Kimmo Kjell Knut Kristian Kristin Lasse Lauri Leena
Leif Liisa Linnea Linus Liv Lotta Maarit Mads Magnus Maja Malin Markku Marit
Mats Matti Mette Mika Mikael Mikkel Mikko Minna Morten Olav Ole Olli Olle Ove
Pål Pekka Per Peder Pernilla Petri Petter Pirjo Ragnar Ragnhild Randi Rasmus
Riikka Riku Rune Sami Sari Satu Seppo Signe Sigrid Sigurd Sindre Solveig Sten
Stig Stina Sune Sunniva Svein Sven Tapio Teemu Terje Tiina Timo Tomas Tor
Torben Torbjørn Tove Trond Tuomas Tuula Ulrika Valdemar Vidar Vigdis Ville
"""

GROUPS["Italian"] = """
Adriana Alberto Alessandra Alessandro Alessia Alessio Andrea Angelo Antonella
Arianna Beatrice Bruno Carlo Caterina Cesare Chiara Claudio Corrado Cristiano
Dario Daniele Davide Domenico Donatella Edoardo Elena Eleonora Elio Elisa
Elisabetta Emanuela Emanuele Enrico Enzo Ettore Fabio Fabrizio Federica
Federico Filippo Flavio Francesca Francesco Franco Gabriele Giacomo Giada
Gianluca Gianni Ginevra Giorgia Giorgio Giovanna Giovanni Giulia Giulio
Giuseppe Guido Ilaria Ivo Jacopo Letizia Loredana Luca Lucia Luciana Luigi
Marcello Marco Marta Martina Massimo Matteo Mattia Maurizio Michela Michele
Nadia Nicola Noemi Paola Paolo Pasquale Piero Pietro Raffaele Raffaella
Riccardo Rita Roberta Rocco Rosanna Rossella Salvatore Sandro Serena Sergio
Silvio Simona Simone Stefania Stefano Tiziana Tommaso Umberto Valentina
Valerio Vincenzo Vittoria Vittorio
"""

GROUPS["Greek"] = """
Alexandros Anastasios Angelos Apostolos Aris Athanasios Christos Costas
Despina Dimitra Dimitrios Dimitris Eirini Eleni Evangelos Fotini Georgios
Giannis Giorgos Ioanna Ioannis Katerina Konstantina Konstantinos Kostas
Manolis Michalis Nikolaos Nikos Panagiota Panagiotis Pavlos Petros Spyros
Stavros Stelios Thanos Theodoros Vasiliki Vasilis Vassilis Yannis Yiannis
Zoi
"""

GROUPS["Slavic, Baltic, Hungarian, Romanian"] = """
Agata Agnieszka Aleksandar Aleksander Aleksandr Aleksandra Aleksei Aleksey
Alena Alexei Alexey Alina Alla Anastasia Anastasiya Anatoly Andrei Andrey
Andrzej Anton Antonina Artem Artyom Beata Bogdan Bohdan Borislav Bożena
Branislav Damir Danuta Daria Darya Denis Dmitri Dmitrij Dmitry Dorota Dragan
Dušan Ekaterina Elżbieta Evgeni Evgeny Ewa Fedor Filip Fyodor Galina Gennady
Georgi Grażyna Grigory Grzegorz Halina Igor Ilya Irina Iryna Ivana Iwona
Izabela Jadwiga Jakub Janusz Jarosław Jaroslav Jerzy Jiří Jolanta Justyna
Kamil Kamila Karel Karolina Katarzyna Kateřina Katerina Kinga Konstantin
Krzysztof Ksenia Kseniya Ladislav Larisa Lenka Leonid Lubomir Łukasz Lyudmila
Ludmila Maciej Magdalena Maksim Małgorzata Marek Marina Mariusz Marzena Matej
Maxim Michał Mikhail Mila Milena Miloš Miroslav Mykola Nadezhda Natalia
Natalya Nikita Nikola Nikolai Nikolay Oksana Oleg Oleksandr Oleksiy Olena Olga
Ondřej Pavel Pavol Paulina Paweł Petar Petr Piotr Polina Radek Radoslav
Radovan Renata Rostislav Ruslan Sergei Sergey Serhiy Slavomir Stanislav
Stanisław Stepan Svetlana Sylwia Taras Tatiana Tatyana Tomasz Tomáš Urszula
Vadim Valentina Valery Vasily Vasyl Veronika Viktor Viktoria Vitaly Vlad
Vladimir Vladislav Vojtěch Vyacheslav Weronika Wiktoria Wojciech Yana
Yaroslav Yegor Yelena Yevgeny Yulia Yuliya Yury Zbigniew Zdeněk Zofia Zoran
Zuzana Žarko Aivars Andris Dainis Gintaras Inese Jānis Kristaps Laura Mindaugas
Rasa Tomas Vytautas Zigmars Attila Balázs Bence Csaba Dániel Ferenc Gábor
Gergely György Imre István János Katalin Krisztina László Levente Miklós
Orsolya Péter Tamás Zoltán Zsófia Zsolt Adrian Alexandru Andreea Bogdana
Cătălin Constantin Corina Cristi Florin Gheorghe Ioana Ion Ionuț Mihai Mihaela
Mircea Ovidiu Radu Răzvan Sorin Valentin Vasile
"""

GROUPS["Indian and South Asian"] = """
Aakash Aanya Aarav Aarti Abhay Abhijit Abhinav Abhishek Aditi Aditya Aishwarya
Ajay Ajit Akash Akhil Alok Amit Amitabh Amol Anand Ananya Aniket Anil Anirudh
Anita Anjali Ankit Ankita Ankur Anoop Anu Anuj Anup Anupam Anupama Anurag
Aparna Archana Arjun Arpita Arun Arvind Aryan Asha Ashish Ashok Ashutosh Ashwin
Atul Avinash Ayush Balaji Bharat Bhaskar Bhavna Chandra Chetan Chitra Deepa
Deepak Deepika Dev Devendra Devi Dhruv Dilip Dinesh Divya Diya Ganesh Gaurav
Gayatri Geeta Girish Gita Gopal Govind Hari Harini Harish Harsh Harshad Hemant
Hitesh Indira Isha Ishaan Jagdish Jatin Jaya Jayant Jitendra Jyoti Kabir Kajal
Kalpana Kamal Karan Karthik Kartik Kavita Kavya Kiran Kishan Kishore Komal
Krishna Kriti Kunal Lakshmi Lalit Lata Madhav Madhu Madhuri Mahesh Manish
Manisha Manoj Mansi Mayank Meena Meera Megha Mihir Mohan Mohit Mukesh Murali
Nachiket Nagesh Namrata Nandini Naresh Naveen Navin Neeraj Neha Nidhi Nikhil
Nilesh Nisha Nithya Nitin Omkar Padma Pallavi Pankaj Parth Payal Pooja Pradeep
Prakash Pramod Pranav Prasad Prashant Pratik Praveen Preeti Prem Priya Priyanka
Puneet Radha Radhika Raghu Rahul Raj Rajan Rajat Rajeev Rajesh Rajiv Rakesh
Ram Raman Ramesh Ramya Rani Rashmi Ravi Rekha Renu Revathi Richa Rishi Ritesh
Ritu Rohan Rohit Rupa Sachin Sadhana Sagar Sahil Sameer Samir Sandeep Sandhya
Sangeeta Sanjay Sanjeev Santosh Sarita Satish Saurabh Savita Seema Shalini
Shankar Shanti Sharad Shashank Sheetal Shekhar Shilpa Shiva Shivam Shobha
Shreya Shreyas Shruti Shweta Shyam Siddharth Simran Sita Smita Sneha Sonal
Sowmya Sridhar Srikanth Srinivas Sriram Subhash Sudha Sudhir Sujata Sumit
Sundar Sunil Sunita Supriya Suraj Suresh Sushil Sushma Swati Tanmay Tanvi
Tarun Trisha Tushar Uday Uma Umesh Usha Vaibhav Vandana Varsha Varun Venkat
Venkatesh Vidya Vijay Vijaya Vikas Vikram Vinay Vineet Vinod Vipul Vishal
Vivek Vrinda Yamini Yash Yogesh Gurpreet Harpreet Jaspreet Manpreet Navjot
Amrit Baljit Harjit Kuldeep Parminder Rajinder Sukhwinder Asif Faisal Imran
Kamran Nadeem Naveed Rizwan Shahid Tahir Usman Waqar Zubair Ayesha Sana Hina
Rubina Saima Farzana Nasreen Anwar Kamal Rahim Tanvir Shakil Mahmud Nusrat
Dilani Kasun Nuwan Tharindu Chathura Prabhat Suman Bishnu
"""

GROUPS["Chinese (romanised)"] = """
Wei Jing Xin Hui Ying Yan Ming Hua Lei Jun Jie Tao Bo Fang Lin Ling Mei Na
Qing Qiang Yong Gang Feng Hao Yi Yun Xiao Jian Zhiwei Zhiqiang Wenjie Weiwei
Haiyan Lili Jingjing Yingying Tingting Xiaoli Xiaojun Xiaohong Xiaoming Xiaoyu
Xiaowei Xiaoyan Jianguo Jianhua Jiayi Zihan Yuxuan Haoran Yichen Jiahao
Zhihao Jiawei Yutong Ruoxi Xinyi Dong Peng Bin Kai Rui Hai Ning Yue Juan Qian
Xue Jia Zhen Chao Liang Cheng Kun Shan Fei Min Huan Yifan Yiming Xiang Guang
Sheng Wen Ying Hong Shu Lan Qi Ping Hongwei Haitao Haibo Jianjun Jinhua
Jianping Weidong Xiaodong Xiaofeng Zhijun Zhiyong Yanping Yanhong Yanling
Lijuan Liping Lihua Meiling Shuang Wenjing Yuan Yuqi Zhiming Zhong Zhiyuan
Jinping Wenbin Yongqiang Chunhua Guoqiang Junjie Kaiwen Mingyu Ruiqi Siyu
Tianyi Weijie Xiaoxiao Xinyu Yanan Yilin Yiwen Yuhang Yunfei Zixuan
Wing Kwok Chun Siu Ka-wai Wai Yee Hoi Kin Pui Tsz Cheuk Shing Chih Chia
Hsin Hsiao Yu-ting Ya-ting Chien Ming-hsien Tzu Wen-chi
"""

GROUPS["Japanese"] = """
Aiko Akane Akihiro Akiko Akira Ami Asuka Atsushi Aya Ayaka Ayako Ayumi Chie
Chieko Chihiro Daichi Daiki Daisuke Eiji Emi Eri Etsuko Fumiko Goro Hanako
Haruka Haruki Haruto Hayato Hideki Hideo Hikaru Hiroki Hiromi Hironobu Hiroshi
Hiroto Hiroyuki Hisashi Hitomi Ichiro Isamu Jiro Junichi Junko Kaito Kana
Kaori Katsuhiro Kazuhiro Kazuki Kazumi Kazuo Kazuya Kei Keiko Keisuke Kenichi
Kenji Kenta Kenzo Kiyoshi Kohei Koichi Koji Kosuke Kota Kumiko Kyoko Mai
Makoto Mamoru Mari Mariko Masahiro Masaki Masao Masaru Masato Masayuki Masumi
Mayumi Megumi Michiko Midori Mika Miki Minoru Misaki Misato Mitsuo Miyuki
Momoko Nanami Nao Naoki Naoko Naoto Natsuki Noboru Nobuo Nobuyuki Noriko
Osamu Rei Reiko Rie Rina Ryo Ryosuke Ryota Ryu Ryuichi Sachiko Saki Sakura
Satoru Satoshi Sayaka Seiji Shigeru Shinichi Shinji Shinya Shiro Sho Shoko
Shota Shun Shunsuke Sota Souta Sumiko Susumu Tadashi Takahiro Takashi Takeshi
Takumi Takuya Taro Tatsuya Tetsuya Tomohiro Tomoko Tomoya Toru Toshiaki
Toshio Tsubasa Tsutomu Yasuhiro Yasuo Yoko Yoshiaki Yoshiko Yoshio Yoshiro
Yosuke Yui Yuichi Yukihiro Yuji Yuka Yuki Yukiko Yuko Yumi Yusuke Yuta Yuto Yutaka
"""

GROUPS["Korean"] = """
Minjun Seoyeon Jihoon Jiwoo Hyun Hyunwoo Jae Jaehyun Jin Jinwoo Jiyeon Jihye
Jimin Jiwon Minji Minseo Seojun Soojin Sung Sungmin Eun Eunji Hyejin Donghyun
Sangwoo Seunghoon Junho Kyung Hee Hyo Joon Joonho Chul Minho Subin Haeun Yejin
Daeun Soyeon Seong Taehyun Yoon Yuna Jisoo Jinho Kyungsoo Hyunjin Sooyoung
Minsu Jiho Sungho Youngho Younghee Youngjin Jaewon Jiyoung Sunmi Eunhee
Seungmin Dongwook Hyunsoo Jungwoo Kwang Sangmin Woojin Hyesun Miyoung Sujin
"""

GROUPS["Vietnamese, Thai, Indonesian, Malay, Filipino"] = """
Anh Bao Binh Cuong Dat Duc Dung Duy Hieu Hoa Hoang Hung Huong Huy Khanh Khoa
Linh Minh Ngoc Nguyet Phong Phuong Quang Quynh Tam Thanh Thao Thuy Tien Trang
Trung Tuan Tung Viet Vinh Yen Anan Kanya Malee Niran Pim Ploy Preecha Somchai
Somsak Sombat Suda Supachai Thanawat Agus Ayu Bambang Budi Dewi Dian Eko
Fajar Fitri Hadi Hendra Indra Intan Irfan Joko Ketut Nyoman Putri Putu Rizal
Rizki Rudi Siti Taufik Wahyu Wayan Yanti Yudi Aziz Faiz Farhan Hafiz Nurul
Aisyah Amirah Nur Rosario Jocelyn Maricel Marites Rowena Rodel Jomar Arnel
"""

GROUPS["Arabic"] = """
Abdel Abdul Abdullah Abdulaziz Abdulrahman Adel Adnan Ahmad Ahmed Aisha Amal
Amin Amina Amir Amira Anas Asma Ashraf Aya Ayman Basma Bashir Bilal Dalia Dina
Fadi Fahad Faisal Farah Farid Farouk Fatima Fawzi Ghada Hadeel Hala Hamid
Hamza Hana Hanan Hani Hasan Hassan Heba Hiba Hisham Huda Husain Hussein
Ibrahim Idris Imad Iman Ismail Jamal Jamil Jamila Jumana Karim Khadija Khaled
Khalid Khalil Lama Lamia Layla Leila Lina Lubna Maha Mahmoud Majid Malik
Mansour Mariam Marwan Maryam Mazen Mohamed Mohammad Mohammed Mona Mostafa
Muhammad Muna Mustafa Nabil Nada Nadia Nadir Najla Nasir Nasser Noor Nour
Noura Omar Osama Rami Rana Rania Rasha Rashid Rawan Reem Reham Saad Saeed
Said Saleh Salim Salma Salman Samar Sami Samia Samir Sana Sawsan Sharif
Suha Tarek Tariq Wafa Walid Waleed Yahya Yasir Yasmin Yasmine Yasser Yousef
Youssef Yusuf Zaid Zainab Zakaria Zaynab Zeina Zeinab Ziad
"""

GROUPS["Persian"] = """
Afshin Arash Ardalan Arman Azadeh Babak Bahar Bahram Behnam Behrouz Cyrus
Dariush Elham Farhad Farnaz Farzad Fatemeh Golnaz Haleh Hamed Hooman Hossein
Kaveh Keyvan Kourosh Ladan Laleh Mahdi Mahsa Mehdi Mehran Mitra Mohsen
Morteza Navid Nazanin Nazila Neda Negar Nima Omid Parisa Parviz Payam Pedram
Peyman Pouya Ramin Reza Roya Roxana Sahar Saeid Samira Sepideh Setareh
Shabnam Shadi Shahin Shirin Siamak Sina Soraya Taraneh Vahid Zahra Ziba
"""

GROUPS["Turkish"] = """
Ahmet Alp Arda Aydın Ayla Aylin Ayşe Baran Barış Başak Batuhan Berk Berna
Beril Bora Burak Burcu Buse Canan Cansu Cem Cenk Cengiz Deniz Derya Didem
Dilek Doğan Ebru Ece Elif Emel Emre Enes Engin Ercan Erdem Eren Erhan Erkan
Ersin Esra Fatih Ferhat Gamze Gizem Gökhan Gül Gülşen Hakan Halil Hande
Hatice Hüseyin İbrahim İlker İpek Kaan Kemal Kerem Koray Levent Leyla Mehmet
Melek Melis Merve Mert Murat Necati Neslihan Nesrin Nihan Nilay Oğuz Okan
Onur Orhan Osman Ozan Özge Özgür Özlem Pınar Recep Sedat Selim Selin Sema
Serap Serdar Serkan Sevgi Sibel Sinan Songül Taner Tarık Tolga Tuba Tuğba
Tuncay Turgut Uğur Umut Volkan Yasemin Yavuz Yiğit Yunus Zafer Zehra Zeynep
"""

GROUPS["Hebrew and Israeli"] = """
Adi Alon Amichai Amir Amit Amos Ariel Arik Assaf Avi Avner Avraham Barak Boaz
Chaim Dafna Dalia Dov Doron Efrat Ehud Einat Eitan Elad Eli Eliezer Elior Erez
Eyal Gadi Gal Galit Gideon Gil Hadar Hadas Hagit Hila Idan Ilan Inbal Irit
Itai Itay Keren Kobi Liat Limor Lior Liron Maayan Matan Meir Menachem Merav
Micha Michal Miri Mordechai Moshe Nadav Naftali Neta Nimrod Nir Nitzan Noa
Noam Ofer Ofir Ohad Omer Omri Oren Ori Orit Orly Osnat Rafi Ran Raz Reuven
Revital Roee Ronen Roni Ronit Rotem Sagi Sarit Shachar Shahar Shai Shani Shay
Shimon Shira Shiri Shlomo Shmuel Sigal Sivan Tal Tali Talia Tamar Tomer Tova
Dekel Tzvi Uri Yael Yair Yaron Yehuda Yifat Yigal Yitzhak Yoav Yoel Yonatan Yoni
Yosef Yossi Yuval Zeev Ziv Zohar
"""

GROUPS["African"] = """
Abebe Abena Abdou Adaeze Ade Adebayo Adeola Adewale Adwoa Afia Akosua Akua
Aliou Ama Amadou Amaka Amani Amara Aminata Anele Awa Ayo Ayodele Babacar
Babajide Baraka Binta Bisi Bolaji Bongani Cheikh Chiamaka Chidera Chidi
Chinedu Chinonso Chioma Chukwuemeka Dapo Dayo Dumisani Ebere Ebuka Efua Ekow
Ekua Emeka Esi Fatou Femi Folake Funke Funmilayo Gugu Halima Ibrahima
Ifeoma Ikenna Jabari Jide Juma Kagiso Kamau Kayode Kehinde Kiprop Kiptoo
Kofi Kojo Kunle Kwabena Kwaku Kwame Kwesi Lamine Lerato Lindiwe Lungile
Mamadou Mandisa Mandla Modou Moussa Mthunzi Musa Naledi Neema Ngozi Njeri
Nkechi Nkosi Nnamdi Nomvula Obi Obinna Obiora Olumide Oluwaseun Omari Oumar
Ousmane Segun Seun Seydou Sipho Sizwe Tariro Tayo Temitope Tendai Thabo
Thandiwe Themba Tobi Tolu Tosin Tunde Uche Uchenna Ugo Wale Wambui Wanjiku
Wanjiru Yaa Yaw Yemi Yinka Zanele Zodwa Zola Zuri Mulugeta Tesfaye Dawit
Hailu Selam Tsion Almaz Biruk Yonas Kidane Makena Wanjala Otieno Ochieng
Achieng Atieno Akinyi Odhiambo
"""

# Added in a second pass: broader international coverage, accents kept as written.
GROUPS["French (more)"] = """
Agnès Aimé Aimée Albéric Alexandrine Alix Ambre Anatole Andrée Ange Angèle
Angélique Anne-Claire Anne-Laure Anne-Sophie Antonin Apolline Ariane Arielle
Aristide Armelle Arsène Augustin Aurèle Aurore Barnabé Béatrice Bénédicte
Benoîte Bérangère Berthe Blaise Blanche Carole Céleste Célestin Charles-Henri
Chloé Clarisse Claudine Clémentine Clothilde Colombe Cyprien Danièle Dieudonné
Donatien Dorian Dorothée Édith Edmond Éléonore Éliane Élie Éloi Émeline
Émilien Enguerrand Eugène Eugénie Évelyne Fanny Félicie Ferdinand Fernand
Fernande Firmin Flavie Flavien Florence Florentin Franck Gabin Gaétan Gatien
Gautier Georgette Gérald Géraldine Germain Germaine Ghislain Gilberte Ginette
Gisèle Guénolé Gwenaël Gwenaëlle Gwendal Héloïse Henriette Hippolyte Honoré
Honorine Hortense Hubert Hyacinthe Ignace Irène Isaure Jean-Charles
Jean-Christophe Jean-Jacques Jean-Noël Jeannine Joséphine Lætitia Léandre
Léonard Léopold Lise Loïs Luc Lucienne Lysiane Maël Maëlle Maëlys Marcelle
Marie-Anne Marie-Christine Marie-Hélène Marie-Laure Marine Marius Mathéo
Maxence Mélissa Murielle Myriam Natacha Ninon Noé Octave Paule Paulette
Pénélope Pierre-Alexandre Pierre-Antoine Pierre-Louis Pierrick Rachelle
Raymonde Régine Renée Roch Rodolphe Romane Romuald Rosalie Salomé Solange
Suzette Sylvaine Tanguy Théo Théodore Théophile Valentine Valéry Vianney
Victoire Violette Vivien Yolande Yvon
"""

GROUPS["German and Dutch (more)"] = """
Adalbert Agnetha Alois Alwin Annelie Anneliese Annemarie Anselm Arndt Bodo
Carsten Christel Diederich Dietrich Dörte Edeltraud Ekkehard Elmar Engelbert
Erhard Eva-Maria Ewald Friedemann Friederike Frieda Gebhard Gerda Gerlinde
Gernot Gert Gesine Götz Gunda Gundula Hagen Hasso Hedwig Heide Helge Henning
Heribert Hubertus Ina Jost Kathrin Katrin Leonhard Lieselotte Lorenz Maik
Mareike Meike Meinhard Michaela Mirko Nadja Nele Ortwin Ottilie Reinhold
Roswitha Sieglinde Sönke Swen Tilman Uta Waldemar Wilfried Wilhelmine Willi
Winfried Xaver Aad Aafke Aagje Adriaan Aldert Anneke Annelies Annemieke Arend
Arie Aart Bastiaan Bauke Bep Berend Bertus Brecht Cas Casper Cees Christiaan
Cornelis Dirkje Dries Durk Eelke Egbert Elske Evert Fenna Floris Fokke Frans
Freek Gerrit Gert-Jan Gijsbert Goos Gerrie Harm Hein Hendrika Hidde Hielke
Huub Jacobus Jan-Willem Jannes Jelmer Joep Joeri Jos Jozef Jurre Klaas
Kees-Jan Maaike Machteld Marjolein Marloes Menno Merel Michiel Mirjam Niek
Nienke Pepijn Piet Rinus Roeland Roos Sjaak Sietse Sybren Tijmen Tjeerd Tycho
Tygo Wessel Wietse Willemijn Yvo
"""

GROUPS["Spanish, Catalan, Portuguese and Italian (more)"] = """
Abelardo Abril Agustina Aitana Almudena Amaia Anabel Anastasio Ángeles Aníbal
Arantxa Ariadna Asier Bautista Belén Candela Carlota Cayetana Cayetano Chema
Dámaso Edurne Eloy Ezequiel Fidel Florencia Francisca Gaspar Germán Hilario
Itziar Jacinto Leire Marisa Mercedes Nacho Nicanor Nieves Norberto Óscar Paco
Pepe Pol Purificación Trinidad Virginia Zaira Adão Agostinho António Augusto
Bento Bernardete Cássio Domingos Everton Gilmar Giovana Glória Iara Isadora
Jaqueline Joaquim Júlia Kauã Luísa Raimundo Reinaldo Romário Rosana Sebastião
Silvana Simão Valéria Wagner Achille Ada Adelmo Agostino Albino Alda Aldo
Alfio Amedeo Annalisa Antonietta Antonino Arnaldo Attilio Baldassare Benedetta
Bettino Biagio Calogero Carmela Carmine Cinzia Cosimo Costanza Donato Ercole
Ermanno Franca Gaetano Gennaro Giampaolo Giancarlo Gianfranco Gianluigi
Gianmarco Gianpaolo Gino Girolamo Giuliana Giuliano Giuseppina Graziella
Guglielmo Ignazio Italo Ladislao Lino Lorenza Ludovica Luigia Manlio
Margherita Mariangela Massimiliano Mirella Nicoletta Orazio Ornella Ottavio
Patrizia Piera Piergiorgio Romano Rosalba Rossana Saverio Tiziano Virgilio
"""

GROUPS["Nordic, Finnish, Icelandic, Slavic, Baltic, Hungarian, Romanian and Greek (more)"] = """
Aase Agnar Alf Alfhild Ari Åsa Åse Asbjørn Aslak Astri Atle Audun Berit Bjarni
Bodil Børge Britta Eivind Elisabet Erland Eyvind Frej Frode Gøran Göran Gry
Gudmund Gunhild Gunvor Håkan Halvor Hanne Helle Hilding Hjalmar Ingvild Jarl
Joakim Jonatan Jörgen Josefin Karoline Kasper Kjersti Klara Kristoffer Lennart
Lisbeth Ludvig Magne Mattias Njål Oddvar Oline Ørjan Øystein Patrik Pelle
Pernille Roald Sigbjørn Sigrun Siri Sissel Sivert Staffan Steinar Sture Sverre
Thor Thorvald Tore Torunn Trygve Turid Vebjørn Viggo Vilhelm Åke Øyvind Aapo
Aki Aleksi Arto Eetu Elina Esko Hannu Harri Heli Hilkka Ilmari Jaakko Janne
Jarkko Jarmo Jouni Juhani Jussi Jyrki Kaarina Katariina Kirsi Maija Marko
Merja Onni Outi Paavo Päivi Pentti Raimo Reijo Risto Ritva Sampo Sanna Tapani
Tero Tuomo Tuuli Urho Vesa Väinö Ágúst Árni Ásdís Baldur Birna Björk Brynjar
Davíð Egill Eiður Eyjólfur Gísli Guðmundur Guðrún Halldór Hallgrímur Haukur
Helgi Hrafn Jóhann Jón Katrín Kristján Ólafur Páll Ragnheiður Sigríður
Sigurður Snorri Stefán Sveinn Þór Þórunn Valdimar Alicja Aniela Antoni
Bartłomiej Bartosz Bogumił Bogusław Bronisław Cezary Czesław Dariusz Dawid
Edyta Ewelina Franciszek Henryk Ignacy Irena Jacek Janina Józef Kacper Karol
Kazimierz Krystian Krystyna Lech Leszek Ludwik Łucja Marcin Mateusz Mieczysław
Mikołaj Mirosław Oliwia Patryk Przemysław Radosław Rafał Roman Ryszard Szymon
Tadeusz Wacław Wiesław Wiktor Witold Władysław Zdzisław Zenon Zuzanna Zygmunt
Aleš Alžběta Blanka Bohumil Bohuslav Božena Břetislav Čeněk Dalibor Drahomíra
Eliška František Jaromír Jindřich Jitka Klára Kryštof Libor Libuše Lubomír
Lukáš Markéta Matěj Milan Miloslav Pavla Pavlína Přemysl Radim Radka Šárka
Štěpán Štěpánka Svatopluk Tereza Václav Vendula Věra Vít Vítězslav Vladimír
Vlasta Zbyněk Zdeňka Anya Arkady Arseny Dasha Evgenia Georgy Gleb Inna Katya
Kira Kirill Lev Lyuba Masha Misha Pyotr Semyon Slava Timur Yekaterina Yuri
Zhanna Zoya Andriy Dmytro Halyna Hryhoriy Ihor Kateryna Mykhailo Mykyta
Oleksandra Ostap Petro Solomiya Volodymyr Yaroslava Yevhen Yuriy Zinovii
Biljana Blagoje Bojan Branka Branko Darko Dejan Dragana Dušanka Gordana Jelena
Jovan Ljiljana Ljubomir Marija Milica Mirjana Nataša Nebojša Nemanja Nenad
Predrag Ratko Sanja Slobodan Snežana Srđan Uroš Vesna Vuk Željko Zlatan Zorana
Ante Davor Domagoj Hrvoje Ivica Josip Kristijan Luka Matija Mislav Tomislav
Vedran Zvonimir Anže Blaž Gašper Jure Nejc Primož Rok Tadej Urška Žiga
Bozhidar Dimitar Hristo Ivaylo Kaloyan Krasimir Lyubomir Plamen Rumen Stoyan
Todor Tsvetan Veselin Yordan Desislava Gergana Mariya Tsvetelina Yoana Ádám
Ágnes Andor Anikó Annamária Barnabás Béla Botond Dénes Dezső Dóra Edit Endre
Erzsébet Gergő Gyula Gyöngyi Ildikó Judit Kornél Krisztián Lajos Márk Márton
Máté Mihály Nándor Noémi Pál Piroska Réka Róbert Sándor Szabolcs Szilárd
Szilvia Tibor Tímea Viktória Zsuzsanna Alin Anca Cătălina Cosmin Costel
Daciana Dorin Dragoș Dumitru Horia Ionel Iulia Iulian Laurențiu Liviu Lucian
Mădălina Mirela Nicolae Octavian Ștefan Teodora Tudor Viorel Aistė Algirdas
Arūnas Audrius Dovydas Eglė Gediminas Giedrius Ieva Jurgis Justas Kęstutis
Linas Mantas Paulius Rimas Saulius Vaidas Žydrūnas Dace Gatis Ilze Juris
Kārlis Māris Mārtiņš Raimonds Rihards Uldis Valdis Aivar Indrek Jaan Kadri
Kaja Kalev Karmen Meelis Priit Siim Tarmo Tiit Toomas Triin Urmas Achilleas
Eleftherios Kyriakos Lefteris Pantelis Savvas Thanasis Vangelis Evangelia
Georgia Xanthi
"""

GROUPS["South, East and Southeast Asian (more)"] = """
Akshay Amar Amrita Anirban Anuradha Arnab Aruna Bala Chaitanya Chandan Chirag
Daksh Darshan Dhananjay Gautam Harsha Himanshu Ishita Jayesh Kamala Kapil
Keshav Madhavi Mehul Neelam Niraj Nitya Paras Pawan Prabhu Rachit Raghav
Rajendra Ranjit Rishabh Ruchi Rupesh Satya Shailesh Shikha Shiv Tejas Vasant
Vipin Aadhya Anushka Bhavesh Dhruva Hrithik Jignesh Kaveri Nandan Parag
Prateek Rupali Sanket Shrikant Junaid Shoaib Zeeshan Sadia Arif Javed Sajid
Wasim Senthil Murugan Karthikeyan Saravanan Selvam Subramanian Srinath
Raghunath Ramakrishna Sangeetha Saranya Thilak Vasudevan Gopinath Ilango Anbu
Kumaran Muthu Palani Sundaram Valli Arvindh Janani Keerthana Nivedita Pavithra
Swetha Vignesh Yuvraj Ai Chang Chen Cong Han Jiang Kang Li Liu Lu Meng Rong
Tian Ting Xia Xing Xu Yang Yin Yu Zheng Zhi Zhou Bingbing Dawei Huiling Jiahui
Mingming Shuai Yanyan Jiaxin Guohua Jianwei Chenglong Kaiyuan Shengli Chia-Hao
Chih-Ming Chun-Yi Hsin-Yi Ming-Hsuan Shu-Fen Wei-Ting Yu-Ting Yi-Chen
Chia-Ying Kuan-Yu Po-Han Tsung-Han Hsiao-Wei Ka-Wai Man-Kit Chi-Keung Akemi
Akihiko Akio Chiaki Fumio Hajime Hideaki Hikari Hiroaki Hironori Ikuko Kaede
Katsumi Kazuko Keita Kentaro Kimiko Maiko Mami Mana Manabu Mao Masako Masashi
Miwa Natsumi Nobuhiro Rena Rin Ryoko Satomi Shintaro Shuhei Sora Tsuyoshi
Wataru Yasuko Yasushi Yoichi Yukari Yuya Byung-hun Chan-wook Chang-min
Dae-jung Do-hyun Dong-hyun Eun-ji Ha-eun Hae-won Hee-jin Ho-jun Hye-jin
Hyun-woo Hyun-jung Ji-hoon Ji-hye Ji-min Ji-woo Ji-yeon Jin-woo Jong-un
Joon-ho Jun-seo Kyung-soo Min-jun Min-ji Min-seo Min-su Myung-bak Sang-hoon
Se-yeon Seo-yeon Seung-hyun Soo-jin Sung-min Tae-yang Woo-jin Yeon-woo
Yong-jun Young-ho Yu-na Byunghun Changmin Dohyun Heejin Hojun Hyunjung Junseo
Sanghoon Seunghyun Taeyang Yeonwoo Yongjun Sunghoon Seokjin Taehyung Namjoon
Hoseok Yoongi Jungkook Bich Giang Hanh Hien Lam Loan Nam Nga Nhung Quan Quoc
Thu Toan Trinh Uyen Vy Xuan Anong Apinya Arthit Boonsri Chaiwat Chanida Kamon
Kittisak Nattapong Pornthip Prasert Sasithorn Sunee Supaporn Wichai Yupa Arief
Indah Kurniawan Lestari Mega Rahmat Ratna Setiawan Sri Suharto Teguh Azlan
Faridah Hamzah Norazlina Rosli Zainal Zulkifli Aljon Analyn Gerlie Jonel
Jovelyn Mylene Ramil Rey Romeo Ronaldo
"""

GROUPS["Arabic, Turkish, Persian, Hebrew, African, Irish, Scottish and Welsh (more)"] = """
Abbas Abdallah Abdelaziz Abdelkader Abdellah Abdelrahman Abir Ala Alaa Ammar
Amr Badr Bashar Bassam Ehab Emad Fatma Firas Ghassan Habib Hamad Hamdi Haneen
Hatem Haitham Hazem Hossam Isa Islam Issa Jalal Karima Laila Latifa Luay Majed
Malak Manal Maher Moustafa Nader Naguib Naji Nawal Qasim Rashad Rima Riyad
Sabah Saïd Salah Salwa Sherif Suleiman Tamer Wael Yara Yassin Zineb Mounir
Rachid Soufiane Ilyas Yassine Ayoub Othmane Meriem Riad Sofiane Houda Samy
Alper Altan Aslı Aysel Begüm Berkay Bülent Can Caner Cemil Ceren Cihan Duygu
Ekrem Emine Emir Erdoğan Ergün Ezgi Hülya İrem Kübra Melike Meltem Mesut Nihat
Nil Nuri Oğuzhan Rıza Sabri Seda Selçuk Semih Süleyman Şule Ufuk Ali-Reza
Alireza Ardeshir Arya Bijan Ehsan Farshad Farzaneh Golnar Kian Mahnaz Mani
Masoud Mehrdad Mina Mojtaba Nasrin Niloufar Pegah Sanaz Shahram Soheil Yasaman
Asaf Avishai Ayelet Dror Eran Gali Gilad Guy Ido Itamar Naama Oz Uriel Yaniv
Yariv Abiola Adjoa Akin Bola Chidinma Chika Chinwe Chuka Damilola Ebele Enitan
Eze Folasade Funmi Gbenga Ifeanyi Ijeoma Kelechi Kwadwo Lanre Nkem Oluwatobi
Olusegun Oluwadamilare Onyeka Oyinda Sola Boubacar Mariama Aliyu Bello Hauwa
Zuberi Kariuki Kibet Kimani Mwangi Njoroge Wafula Rehema Saida Zawadi Sibusiso
Lwazi Mpho Nandi Nokuthula Palesa Thulani Tshepo Vusi Tatenda Farai Chipo Rudo
Kudzai Tafadzwa Tinashe Nyasha Chiedza Tigist Yohannes Haile Meseret Hirut
Girma Berhane Biniam Kidist Mekdes Aedan Aideen Ailbhe Aoibheann Bairbre
Bláthnaid Bríd Brídín Caoimhín Cathal Cian Ciarán Colm Conall Dara Dearbhla
Dervla Dónal Donncha Éabha Éamon Éamonn Éanna Eithne Emer Enda Eoghan Fergal
Fiachra Gráinne Laoise Líadan Lorcan Máire Mairéad Máirtín Méabh Micheál
Muireann Odhrán Oisín Oonagh Órlaith Pádraig Peadar Proinsias Róisín Rónán
Ruairí Séamus Síle Siobhán Sinéad Úna Ailsa Ailig Coinneach Eilidh Fearghas
Isla Ruaridh Seonaid Torquil Aled Aneurin Angharad Bethan Bryn Cadi Carys
Cerys Delyth Eira Eirlys Ffion Gruffudd Gwenllian Gwilym Huw Hywel Iestyn Ioan
Lowri Meinir Meirion Rhian Rhodri Sion Siân Sioned Tegan Tomos
"""

GROUPS["English, African-American and Latin American (more)"] = """
Abbie Alannah Alayna Albertine Alexa Alexia Alfie Alyson Annabella Annalise
Arabella Ariana Arlo Ashleigh Atticus Audra Augusta Aurelia Autumn Bailey
Beatrix Bella Beryl Beverley Bryony Callie Carina Carlene Carolina Chanel
Charis Chelsey Christabel Clarissa Cleo Cordelia Darcy Darla Davina Della Demi
Dolly Dorothea Dulcie Edie Edwina Effie Elspeth Emmeline Esmé Etta Evangeline
Evie Fay Felicity Fern Fleur Flora Freya Georgiana Georgina Giselle Hattie
Hermione Hester Hollie India Ivy Jacinta Jemima Jessamine Josie Juno Katharine
Keira Kimberley Leonora Letitia Lila Lottie Louisa Lucinda Macy Maisie Margery
Marguerite Marnie Matilda Millicent Minnie Myrtle Ophelia Philippa Pippa Poppy
Primrose Prudence Rebekah Rhoda Romilly Rosamund Ruby Selina Seraphina Sienna
Susannah Sybil Tamsin Thea Theodora Trixie Verity Wilhelmina Willa Zelda Ace
Archer Basil Brennan Brodie Caspar Dashiell Digby Enoch Godfrey Humphrey
Ignatius Jed Jethro Jude Kit Malachi Montgomery Mortimer Percival Seymour
Simeon Ulysses Zachariah Aiyana Amari Aretha Ayanna DeAndre Dejah Denzel
Deonte Jada Jamar Kareem Keyshawn Raheem Shaquille Zaire Brayan Dayana Deysi
Eliana Esmeralda Fabiola Itzel Jhon Jhonatan Karla Lizbeth Marisela Maritza
Mayra Nayeli Rosalía Yesenia Yuliana Anahí Dulce Jimena Santino Benjamín
Facundo Lautaro Emiliano Sebastián
"""

GROUPS["Indian regional, Chinese, Japanese, Korean, Vietnamese, Central Asian, Caucasian, Sri Lankan, Nepali, Basque, Catalan, Galician, Albanian, Hawaiian, Maori and Tongan"] = """
Abhijeet Abhilash Abhiram Achyut Adarsh Adil Adithya Advait Aishani Ajinkya
Akanksha Akhila Akshata Alka Amala Amey Amisha Amogh Amruta Anagha Anamika
Anay Anirudha Anjana Ankush Anmol Anshul Anshuman Anuja Anvi Apoorva Aravind
Arindam Arnav Arpit Arundhati Ashwini Avani Ayan Baldev Balwinder Bhagyashree
Bhargav Bhupendra Bhushan Brijesh Chaitali Chandrakant Charan Charu Darshana
Dattatreya Debashish Debjani Deepali Deepankar Devansh Devika Devyani
Dharmendra Dharmesh Dhaval Dhiraj Dipak Dipankar Dipti Durga Ekta Gagan
Gajendra Garima Gauri Girija Gunjan Gurdeep Gurmeet Gurvinder Harshal Harshita
Hemang Hemlata Himani Indrajit Ishan Jagannath Jagjit Jaideep Jaimin Jasleen
Jasmeet Jaswant Jayanti Jayashree Jeevan Jyotsna Kailash Kamini Kanak Kanika
Kartikeya Kaustubh Ketan Ketaki Khushboo Kirti Krunal Kshitij Kumar Kusum
Lakshman Lalita Madan Mahendra Maitreyi Malavika Malini Manasi Mandar Mangesh
Manjunath Manjula Manasa Mayuri Minal Mitali Mithun Mridula Mrinal Mrunal
Nagaraj Nagendra Namita Nandita Narayan Narendra Navdeep Navneet Nayan Neelesh
Nihar Nilima Nimisha Niranjan Nirmala Nirav Nishant Nishtha Nitesh Nupur Ojas
Padmini Pankhuri Paramjit Parul Pavan Poonam Prabhakar Pradnya Pragati
Prajakta Prajwal Pranali Pranay Pranita Prasanna Prashanth Pratibha Pravin
Prerna Prithvi Pulkit Purnima Pushpa Raghavendra Rajani Rajashree Rajkumar
Rakhi Ramakant Ramana Ramandeep Ranbir Ratan Ravindra Reema Reshma Ridhima
Rinku Ritika Rituparna Rohini Roshan Roshni Rupinder Rutuja Sachet Sahana Sai
Saket Sakshi Salil Samarth Sambit Sangita Sanjana Sanjiv Sankar Santanu Sapna
Sarika Sarvesh Satyam Saumya Shantanu Sharmila Shashi Shirish Shivani
Shrinivas Shubham Siddhant Siddhesh Sirisha Sonali Soumya Sourav Srikant
Subhadra Subrata Sudarshan Sudeep Sukanya Sumedha Sumeet Sunanda Sundeep
Surabhi Surinder Sushant Suvarna Swapnil Tanuj Tanushree Tejal Tejaswini
Trupti Ujjwal Urmila Utkarsh Utpal Vaishali Vaishnavi Vasudha Vedant Vibha
Vidhi Vikrant Vimal Vinayak Vineeta Vinita Vishnu Vishwanath Yashwant Yogendra
Yogita Abhirup Anindya Arijit Atanu Biswajit Chandrani Debabrata Debasis
Gourab Indranil Joydeep Kaushik Moumita Partha Prosenjit Rituparno Sayan
Shoumik Soumen Subhajit Sudipta Suvendu Tanmoy Tathagata Abdur Anisur Habibur
Mahbub Mizanur Rafiq Rezaul Shafiq Tasnim Jahid Sabbir Sharmin Nasima Rumana
Anandan Balasubramanian Chidambaram Dhanush Elango Ganapathy Jayakumar Kannan
Kathir Krishnan Lakshmanan Madhavan Manikandan Nagarajan Natarajan Padmanabhan
Prabhakaran Raghavan Rajagopal Ramachandran Ramanathan Ramasamy Sankaran Sekar
Shanmugam Sivakumar Srinivasan Sundaresan Thiagarajan Vaidyanathan Velu
Vijayakumar Anusha Bhavana Deepthi Divyashree Gowri Hamsa Jyothi Kavitha
Lavanya Mallika Nandhini Pavani Prathiba Pushpalatha Ranjani Sahithi Srividya
Swarna Tejaswi Vasanthi Vidhya Aneesh Biju Dileep Gokul Jithin Jobin
Krishnadas Nithin Renjith Sajith Sanjith Sreejith Sreekanth Unnikrishnan
Vineeth Abhilasha Ashwathy Athira Lekshmi Reshmi Sreelakshmi Sruthi Aiguo
Baohua Chenxi Chunyan Dandan Defeng Dongmei Fangfang Feifei Fengyi Guangming
Guiying Haoyu Hongbo Hongmei Hongyan Huanhuan Huiyu Jiajia Jialin Jiaming
Jianfeng Jianming Jiaqi Jiayu Jinlong Jingyi Jingwen Junhao Junwei Kaixin
Lanlan Liming Lingling Lixin Lingyun Meihua Mengmeng Minghao Mingzhe Nannan
Peiyu Qingqing Qiming Ruixin Ruolan Shanshan Shaohua Shiyu Shuting Siqi Suying
Tianhao Tianyu Weiming Wenhao Wenqi Xiaobo Xiaogang Xiaohui Xiaolin Xiaomei
Xiaoqing Xiaoyun Xueying Yajun Yanfei Yanjun Yanli Yaping Yifei Yihan Yijun
Yiran Yixuan Yuhan Yujie Yulong Yuting Yuxin Zeyu Zhaoyang Zhenyu Zhixin Zihao
Zijian Ziyi Zongyi Akinori Arata Ayano Ayase Chikako Daigo Eiko Emiko Fuyuki
Haruna Harumi Hidetoshi Hirofumi Hiroya Hisako Itsuki Izumi Junpei Kanako
Kanata Katsuya Kayo Kazuma Kazunori Keiichi Keiji Kengo Kimihiro Kosei Kumi
Kyohei Mahiro Makiko Masafumi Masahiko Masami Masanori Mayu Michio Mieko
Mihoko Minami Mio Mitsuru Mizuki Motoki Nagisa Naohiro Naruto Nobuaki Norihiro
Noriyuki Riko Ryohei Ryuji Ryunosuke Sachie Saori Seiichi Shigeo Shiho Shiori
Shuji Sumire Tadao Taichi Takafumi Takanori Takao Takayuki Takehiro Tatsuo
Teruo Tomoaki Toshiki Toshiyuki Yoshihiro Yoshinori Yoshitaka Yuichiro Yukio
Yumiko Yurika Yuuki Chaeyoung Daeho Dongjun Eunbi Eunha Eunseo Gyuri Haneul
Hansol Hyeri Hyojin Hyuk Jaebeom Jaehee Jaeho Jaemin Jaesung Jiae Jieun Jihun
Jinhee Jongho Jonghyun Junghoon Jungmin Junhyuk Kyuhyun Minhyuk Minkyu Minseok
Seongho Seungwoo Sohee Songhee Taehoon Taemin Wonho Wonjun Yerin Yoojin Yoonho
Youngjae Yunho Hyunseok Kwangsoo Byeongho Anh-Tuan Bao-Ngoc Duong Kien
Long-Hai Luan Nhan Nhat Phuc Phat Son-Tung Thang Thien Thinh Tri Vu Dao Diep
Hang Huyen Lien Nhi Oanh Phuong-Anh Quyen Suong Tham Thoa Thom Tuyet Van-Anh
Ankhbayar Bat-Erdene Batbayar Bayarmaa Enkhbayar Ganbaatar Munkhbat Oyuun
Sukhbaatar Tsetseg Altynbek Aibek Aidana Aigerim Akmal Alisher Askar Aziza
Bakhyt Bauyrzhan Dilnoza Dinara Erlan Farrukh Gulnara Jasur Kairat Madina
Nurlan Nursultan Rustam Sardor Saule Shavkat Sherzod Ulugbek Zarina Zhanar
Anahit Ani Aram Armen Arsen Ashot Gayane Gevorg Hayk Lilit Narek Nune Sargis
Tigran Vardan Davit Giorgi Irakli Levan Lasha Nino Tamari Tamuna Zurab Ketevan
Nika Tornike Vakhtang Eka Natia Gvantsa Abhaya Aravinda Chamara Chaminda
Dilshan Isuru Lahiru Mahela Ruwan Sanath Upul Hasini Nadeesha Nirosha Sachini
Shanika Thilini Bibek Bikash Bishal Dipesh Nabin Prabin Pramila Rabin Sabin
Sagun Saroj Sujan Sushila Ainhoa Aketza Ander Arrate Eneko Garazi Gorka Haizea
Iban Ibai Idoia Imanol Iñaki Iñigo Irati Josu Julen Koldo Maialen Markel Mikel
Nahia Oier Olatz Unai Urko Xabier Zuriñe Biel Eudald Guillem Llorenç Martí
Miquel Neus Ona Meritxell Queralt Aina Iria Uxía Xoán Xosé Breixo Brais Antía
Sabela Xiana Agim Albana Alban Arben Ardit Besa Besnik Blerim Dritan Edona
Elira Enkel Ermal Fatmir Genti Gjergj Ilir Kledi Lirim Mimoza Valbona Valon
Drilon Fisnik Granit Shkelzen Teuta Xhafer Akamu Kalani Kaleo Keala Keanu
Keoni Leilani Lokelani Malia Mele Noelani Aroha Hemi Hinemoa Kahu Manaia Mere
Nikau Rawiri Tama Tamati Wiremu Anahera Ihaia Rangi Tane Losa Sione Tevita
Viliami Lupe
"""

GROUPS["Arabic, West African, Indian, Finnish, Scandinavian, Spanish and Portuguese/Brazilian (traditional)"] = """
Aadil Aamir Abdelhak Abdelilah Abdeljalil Abdelkrim Abdellatif Abdelmajid
Abderrahim Abdulkadir Abdulla Abdulwahab Abeer Afaf Ahlam Akram Alia Amer Arwa
Asad Asim Atef Ayat Badria Bader Basel Bushra Dalal Diaa Doaa Eman Essam Ezzat
Fady Fahd Fairuz Fatiha Fayez Ferial Fouad Ghazi Haifa Hamada Hamdan Haroun
Hayat Hazim Houssam Husam Ibtisam Ikram Ilham Inas Jameel Jawad Kareema Lamis
Lutfi Maisa Mamdouh Marwa Mayada Mazin Midhat Mohannad Moataz Mounira Mouna
Munir Murad Naim Najat Najib Nashwa Nazih Nidal Nizar Nuha Nura Qais Rabab
Rabia Radwan Rafik Raghad Raja Ramzi Randa Riham Ruba Rula Safa Safwan Samah
Sameh Samer Sayed Shaima Shereen Sherine Shukri Siham Sohail Suad Sultan Suzan
Taha Tahani Talal Tamim Tawfik Thamer Wajdi Wassim Widad Yahia Yazan Yehia
Younes Yusra Zakariya Zayed Ziyad Zuhair Abdulkarim Abdulmalik Abubakar Adamu
Ahmadu Alhaji Aminu Bashiru Danjuma Garba Isah Jibril Kabiru Lawal Sani Shehu
Yakubu Zubairu Abimbola Adebola Adedayo Adekunle Adenike Adesola Adetokunbo
Adeyemi Afolabi Akinwale Akinyemi Ayokunle Bamidele Bukola Ebun Fisayo Fola
Ibukun Ifeoluwa Jumoke Kemi Kunmi Morayo Olabisi Oladele Olamide Olanrewaju
Olawale Olayinka Olufemi Olufunke Olumuyiwa Oluwafemi Oluwakemi Omolara
Opeyemi Oyebanji Ronke Simisola Taiwo Titilayo Toyin Wuraola Yetunde Chijioke
Chikodi Chimamanda Chinaza Chinyere Chisom Chizoba Ekene Ifunanya Kamsi
Kenechukwu Nkiru Nneka Obiageli Obioma Okechukwu Onyinye Somto Tochukwu Ugochi
Ugochukwu Amarachi Abla Kwasi Nana Yaaba Esinam Selorm Elikem Delali Edem
Mawuli Senyo Ayaan Aarush Advik Ahaan Arhaan Atharv Dhairya Kiaan Krish Laksh
Reyansh Rudra Shaurya Vihaan Viraj Aadya Anika Navya Pari Prisha Riya Saanvi
Siya Vanya Aarne Aatu Akseli Alvar Anssi Arttu Eemeli Eino Henna Hilja Iida
Ilona Inkeri Jaana Jonna Jukka-Pekka Kerttu Kirsti Kustaa Leevi Maaria
Marjatta Marketta Milla Mirja Mirjami Nelli Noora Oona Pauliina Pihla Pirkko
Raili Reetta Riitta Saara Sanni Senja Seija Sinikka Sirkka Suvi Taina Taneli
Tarja Terhi Tiia Topi Tuukka Unto Valtteri Veera Veikko Venla Vilho Vilma
Aatami Aaro Jouko Kauko Lasse-Matti Olavi Pertti Rauno Reino Sakari Tauno
Toivo Yrjö Alva Bertil Björne Edvin Elof Emelie Emmy Filippa Folke Gösta
Hampus Helmer Ingemar Irma Isak Kajsa Lage Loke Lovisa Märta Melker Nanna
Ottilia Pontus Sixten Tage Tekla Tilde Tindra Tyra Vilgot Viola Ylva Asger
Birte Esben Jeppe Jytte Nikolaj Palle Preben Rikke Søren Tine Troels Ulrik
Aksel Arild Bendik Brage Eskil Frøydis Gaute Geir Grete Haakon Hallvard Idun
Jostein Kjetil Lars-Erik Ola Ragna Runar Sigve Sølvi Torgeir Unni Vegard Yngve
Amalia Aquilino Arsenio Baltasar Benigno Bonifacio Casimiro Ceferino Celestino
Cirilo Clemente Crispín Dionisio Eladio Eleuterio Epifanio Evaristo Faustino
Feliciano Florentino Fructuoso Gervasio Gumersindo Higinio Hipólito Inocencio
Isidoro Jenaro Leocadio Leoncio Lucio Macario Marcelino Marcial Maximino
Melchor Nemesio Olegario Plácido Porfirio Primitivo Prudencio Remigio Rufino
Sabino Saturnino Serafín Severino Simón Tadeo Telmo Tiburcio Valeriano
Venancio Wenceslao Zacarías Adela Adoración Ascensión Aurora Basilia Benita
Brígida Candelaria Casilda Celestina Constanza Covadonga Delfina Domitila
Eulalia Eusebia Felisa Filomena Florinda Fuensanta Genoveva Gertrudis Herminia
Hortensia Ildefonsa Librada Loreto Marcelina Maximina Nélida Obdulia Paquita
Perpetua Petronila Rufina Sagrario Sonsoles Valvanera Adelino Albano Alcides
Aloísio Amadeu Amândio Américo Anacleto Arlindo Baltazar Belmiro Cândido Celso
Cesário Custódio Deolinda Diamantino Dinis Ermelinda Estêvão Eurico Fausto
Filipe Firmino Germano Hélio Horácio Inês Jerónimo Jordão Leonel Lourenço Luís
Madalena Mário Martim Olímpio Orlando Porfírio Quitéria Rosário Sancho Tomé
Valter Vasco Acácio Adalberto Ademir Alcione Anderson Aparecida Benedito
Cleber Cleide Creuza Daiane Dalva Edivaldo Edilson Elisângela Erivaldo
Everaldo Geraldo Gislaine Ivone Jailson Jeferson Josué Juscelino Kleber
Leidiane Lucimar Luzia Marinalva Maurílio Neide Nilton Odair Railda Reginaldo
Rosângela Rosimeire Sueli Tânia Terezinha Vagner Valdir Vanderlei Washington
Wilson Zilda
"""

GROUPS["English newer names and short forms, Russian and Polish short forms, Hebrew, Greek, Italian, German, Dutch and Filipino (more)"] = """
Aaryn Adalyn Adelyn Aden Adriel Aidyn Ainsley Alaina Alayah Aleah Aliyah
Alyvia Amaya Anabella Anastacia Annabeth Annalee Ariella Aryanna Ashlyn
Aubrielle Audrina Avah Averie Baylee Braelyn Brantley Braylon Brecken Brylee
Caiden Camden Camryn Charleigh Collins Dakota Dallas Daxton Delaney Elliana
Emberly Emery Emmalyn Everleigh Finley Graysen Greyson Haylee Holden Huxley
Jaxson Jaylee Jayce Jensen Jolene Jordyn Journee Kaelyn Kaitlyn Kaleb Kamryn
Karsyn Kenzie Khloe Kinley Leighton Lennon Lilah Lilliana Lincoln Londyn Lyla
Malakai Marley Mckenna Nevaeh Oaklynn Paxton Piper Presley Raelynn Reagan
Reese Rowan Rylan Ryleigh Sawyer Saylor Skyler Sloane Sutton Tatum Teagan
Tenley Waylon Zander Zayden Abbey Aggie Alfy Angie Bea Billie Brenna Cammie
Cassy Chaz Cissy Dickie Elly Ferdie Fliss Flo Ginnie Issy Izzy Jonny Marge
Mollie Penny Alyona Arina Dunya Fedya Galya Grisha Kolya Kostya Ksyusha Lyosha
Lyuda Nastya Olya Petya Seryozha Sonya Styopa Tolya Valya Varya Vasya Vitya
Volodya Yulya Zhenya Alyosha Anzhelika Eduard Filipp Gennadiy Georgiy Grigoriy
Innokenty Lidiya Matvey Miroslava Savely Snezhana Timofey Trofim Ulyana
Valeriya Vasilisa Veniamin Vsevolod Yevgeniya Zakhar Zinaida Bartek Gosia
Kasia Krzysiek Magda Marcinek Tomek Wojtek Ania Basia Ela Jola Kuba Maciek
Staszek Akiva Aviva Bracha Chana Efraim Elisheva Gershon Hadassah Hillel Malka
Nachum Nechama Pinchas Rivka Shoshana Simcha Tzipora Yaakov Yehoshua Yocheved
Zev Chryssa Androula Argyro Aspasia Athina Chrysanthi Chrysoula Eftychia
Evdokia Kalliopi Kyriaki Paraskevi Stamatia Stavroula Agapi Antonios
Charalambos Efstathios Emmanouil Filippos Fotis Grigoris Ilias Kleanthis
Kosmas Lambros Leonidas Makis Markos Miltos Nektarios Odysseas Orestis
Periklis Prodromos Sotiris Stathis Takis Themis Thodoris Timos Tasos Xenofon
Zisis Alvise Amerigo Arrigo Bartolomeo Benvenuto Bonaventura Ciro Cristoforo
Donatello Egidio Ennio Enea Fiorenzo Fulvio Gianmaria Giordano Leone Livio
Loris Nazzareno Nello Pierluigi Pino Raimondo Remo Rinaldo Santo Sebastiano
Settimio Tullio Valentino Vito Agnese Ambra Assunta Clelia Concetta Diletta
Ester Fiorella Gaia Grazia Iolanda Marcella Maristella Mariella Melania Ofelia
Orietta Pina Rachele Rosetta Sveva Aloysius Benno Detlev Eckhard Enno Fiete
Hajo Hanno Hauke Hinrich Immanuel Jannik Jannis Jochim Kilian Leander Marten
Merten Quirin Tammo Tjark Wendelin Wilko Adelheid Almut Dörthe Elfi Enya Gesa
Gitta Hedi Hiltrud Imke Irmela Josefine Käthe Lene Merle Rieke Romy Thekla
Vroni Xenia Annemijn Bente Carlijn Dieuwke Eline Esmee Evi Fenne Froukje
Geertje Iris Janna Jildou Jolien Josje Kiki Linde Lisanne Loes Maartje Milou
Myrthe Noortje Puck Suze Zoë Dirk-Jan Emiel Guus Jelte Jochem Joppe Jorrit
Maurits Melle Quinten Reinier Rens Sem Siem Tijn Valentijn Wout Xander Adonis
Amado Arnulfo Bienvenido Conrado Danilo Florante Honorio Isagani Jericho
Joemar Jolo Jomari Juanito Nestor Reynaldo Amelita Corazon Divina Erlinda
Imelda Luzviminda Marilou Perla Teresita Zenaida
"""

GROUPS["Chinese and Indian (more)"] = """
Aijun Anqi Baoyu Beibei Bingqian Bowen Caiyun Changhong Chaoyang Chenguang
Chunlei Congcong Danning Dehua Dongsheng Fengxia Gaofeng Guanghui Guangyu
Guixiang Hailong Haiming Haiyang Hanqing Hanyu Haojie Hongjun Hongliang
Hongxia Hongyu Huaming Huijun Huimin Jiachen Jianbo Jianxin Jianyu Jiaojiao
Jiarui Jiaxuan Jichao Jinbo Jingjie Jinhui Jinyu Junfeng Junling Junming Junyi
Kaiming Keqiang Kexin Lianjie Lijun Lingxiao Linlin Liqiang Lixia Meijuan
Mengyao Minghui Mingjie Mingxuan Mingyang Pengfei Qianqian Qinghua Qiuyue
Ruonan Shaojie Shengjie Shiqi Shuhua Shuyi Siyuan Tianming Tianxiang Weihua
Weiqiang Wenxuan Wenyu Xianghua Xiaochen Xiaofei Xiaohua Xiaolong Xiaopeng
Xiaotian Xiaoxue Xiaoyang Xiaoying Xinran Xinyue Xuemei Xuesong Yanmei Yaqi
Yifeng Yihua Yingjie Yongjian Yongming Youwei Yuanyuan Yuchen Yunlong Yuqing
Yuwei Zefeng Zhangwei Zhaohui Zhengyu Zhenhua Zhibin Zhigang Zhihong Ziqi
Zirui Aalok Aashish Abhimanyu Achala Adhiraj Agastya Ahalya Ajeet Akhilesh
Akshat Alankar Ambika Amitesh Anagh Aniruddh Annapurna Anoushka Anshika Antara
Aparajita Arnesh Arpan Aseem Ashima Ashwath Asmita Atharva Avantika Avijit
Ayushi Bhanu Bhavik Bhoomi Bijoy Chaitra Chandni Chinmay Damini Darpan
Debanjan Deeksha Devanshi Dhanashree Dhriti Dushyant Eesha Gargi Gauravi
Gopika Gunita Hamsini Harsimran Hrishikesh Indu Ishwar Jahnavi Jaiveer Janaki
Jayadev Jhanvi Juhi Kalyani Kamakshi Karishma Kaushal Keerthi Keya Kritika
Kshama Lavinia Madhulika Mahima Manali Manasvi Medha Mohini Mridul Naina Nakul
Nalini Naveena Nayana Nehal Nirupama Nishita Ojasvi Palak Pallav Parineeta
Pradyumna Pranjal Prathamesh Prathima Preetam Purvi Rachna Raghunandan Rajni
Rajvir Ramit Ranveer Rasika Rishika Ritvik Rucha Rukmini Sachi Sahaj Samiksha
Sampada Samyak Sanchit Sanvi Saransh Satvik Shaan Shachi Shailaja Shambhavi
Shardul Shivansh Shravan Shreeya Shrey Shubhangi Sonam Sparsh Srishti Sulabha
Sumana Sunaina Tapas Trishna Tulsi Ujwala Upasana Urvashi Vaidehi Vandita
Vedika Vibhav Vidula Vihan Vinamra Yashika Yuvan
"""

# Words that are given names somewhere but are far more often something else in
# technology writing: products and projects, OpenStack/OS release code names,
# cities and regions, months, and ordinary English words. A match on one of
# these would be a false Person cue, so they are never written out (this also
# removes the ASCII spelling added for an accented form, e.g. Ángel -> Angel).
EXCLUDE = """
# Kept on purpose although they have other senses: Victor, Jan (month
# abbreviation, but a very common given name and dates are easy to tell apart),
# Amber, Dawn, Grace, Rose, Max, Miles.
# software, projects and companies
Ada Alexa Ansible Apache Arch Argo Barbican Cassandra Ceph Chai Chef Cinder
Cortana Debian Designate Diego Django Docker Elixir Ember Envoy Erlang Fedora Flask
Flink Flux Gentoo Glance Grenade Hadoop Harbor Heat Helm Hive Horizon Hudson
Ironic Istio Ivy Jaeger Jasmine Java Jenkins Julia Kafka Keystone Linux
Magnum Manila Maria Mercedes Mesos Mint Mongo Murano Neutron Nova Octavia Oracle
Percona Pig Ping Puppet Quantum Rails Rally Rancher Redis Ruby Sahara Salt
Siri Solum Spark Storm Swift Tempest Travis Trove Ubuntu Vagrant Watson Zaqar
# OpenStack release names and other code names (some also cities or words)
Austin Bexar Cactus Diablo Essex Folsom Grizzly Havana Icehouse Juno Kilo
Liberty Mitaka Newton Ocata Pike Queens Rocky Stein Train Ussuri Victoria
Wallaby Xena Yoga Zed Antelope Bobcat Caracal Dalmatian Epoxy Flamingo
Sierra Catalina Mojave Yosemite
# cities, regions and places
Paris Sydney Vancouver Boston Atlanta Denver Dallas Berlin Tokyo Hong Florence
Georgia Virginia Carolina Chelsea Lincoln Jackson Houston Phoenix Savannah
Brooklyn Dakota Montana Cheyenne Adelaide Madison Charlotte Orlando Regina
Alexandria
# months and ordinary English words
May June April August Summer Autumn Winter Sunny Sky Skye Storm Rain
River Star Grant Will Mark Bill Chase Hunter Summit Joy Faith Hope Charity
Patience Prudence Trinity Destiny Harmony Melody Serenity Unity Justice Haven
Genesis Rusty Dusty Sandy Sage Jade Crystal Pearl Coral Ginger Honey
Candy Misty Chip Buck Duke King Prince Baron Major Royal Angel Guy Art Long Can
Man Sun Son Thu Hang Van Kit Chi Ho Ka Sri Made
"""


def _names(text: str) -> list[str]:
    out = []
    for line in text.splitlines():
        out.extend(line.split("#", 1)[0].split())
    return out


# letters that do not decompose into base letter + accent under NFKD
_FOLD = str.maketrans("łŁøØđĐı", "lLoOdDi")
_FOLD.update(str.maketrans({"ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe"}))


def ascii_fold(name: str) -> str:
    """Jürgen -> Jurgen, Łukasz -> Lukasz; returns the name unchanged if ASCII."""
    decomposed = unicodedata.normalize("NFKD", name.translate(_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def gazetteer_words() -> dict[str, str]:
    """One-word names from the Software and Place gazetteers -> file they are in.
    Compared case-sensitively, as the gazetteers are matched (so the acronym
    "YUI" or the package "winston" does not remove Yui or Winston)."""
    words: dict[str, str] = {}
    for pattern in CROSS_CHECK:
        for path in sorted(HERE.glob(pattern)):
            lines = path.read_text(encoding="utf-8").splitlines()[1:]
            for line in lines:
                name = line.split("\t", 1)[0].strip()
                if name and " " not in name:
                    words.setdefault(name, path.name)
    return words


def build(verbose: bool = False) -> list[str]:
    names: set[str] = set()
    for group, text in GROUPS.items():
        for n in _names(text):
            if not n[0].isupper() or not all(c.isalpha() or c == "-" for c in n):
                raise ValueError(f"bad name {n!r} in {group}")
            names.add(unicodedata.normalize("NFC", n))
            names.add(ascii_fold(n))
    exclude = {n.casefold() for n in _names(EXCLUDE)}
    gaz = gazetteer_words()
    kept, by_list, by_gaz = [], [], []
    for n in sorted(names):
        key = n.casefold()
        if key in exclude:
            by_list.append(n)
        elif n in gaz:
            by_gaz.append(f"{n} ({gaz[n]})")
        else:
            kept.append(n)
    if verbose:
        print(f"dropped by EXCLUDE ({len(by_list)}): {' '.join(by_list)}")
        print(f"dropped by gazetteers ({len(by_gaz)}): {', '.join(by_gaz)}")
    return kept


def main(argv: list[str]) -> int:
    names = build(verbose="-v" in argv)
    path = HERE / OUT
    path.write_text("".join(n + "\n" for n in names), encoding="utf-8", newline="\n")
    print(f"wrote {path.name}: {len(names)} names")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
